package dk.samskab.launcher;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The chart of docs/benchmarks.md: p95 of the learner pages and requests per second as learners grow. */
final class CapacityChart {

    record Point(int learners, double learnerP95Millis, double requestsPerSecond, double bytesPerSession) {
    }

    private CapacityChart() {
    }

    static void write(List<Point> points, Path png) throws IOException {
        XYSeries p95 = new XYSeries("p95 of the slowest learner page (ms)");
        XYSeries rate = new XYSeries("requests per second, all pages");
        for (Point point : points) {
            p95.add(point.learners(), point.learnerP95Millis());
            rate.add(point.learners(), point.requestsPerSecond());
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Samskab on 2 cores: response time and throughput as learners grow",
                "concurrent signed-in learners", "p95 (ms)", new XYSeriesCollection(p95), PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        NumberAxis learners = (NumberAxis) plot.getDomainAxis();
        learners.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        learners.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
        learners.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer latency = new XYLineAndShapeRenderer(true, true);
        latency.setSeriesPaint(0, new Color(0xB0, 0x3A, 0x2E));
        latency.setSeriesStroke(0, new BasicStroke(2.5f));
        plot.setRenderer(0, latency);
        plot.setRangeAxis(1, new NumberAxis("requests per second"));
        plot.setDataset(1, new XYSeriesCollection(rate));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer throughput = new XYLineAndShapeRenderer(true, true);
        throughput.setSeriesPaint(0, new Color(0x1F, 0x5F, 0x8B));
        throughput.setSeriesStroke(0, new BasicStroke(2.5f));
        plot.setRenderer(1, throughput);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 500);
    }
}
