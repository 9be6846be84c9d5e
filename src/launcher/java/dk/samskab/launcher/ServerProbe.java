package dk.samskab.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a running process from outside: its CPU time (Linux /proc) and, for a JVM, its live heap (jcmd). */
final class ServerProbe {

    private static final long TICKS_PER_SECOND = 100;

    private final long pid;

    ServerProbe(long pid) {
        this.pid = pid;
    }

    /** The first process whose command line contains every one of the words, such as the benchmark's mariadbd. */
    static Optional<ServerProbe> find(String... words) {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
                .map(line -> java.util.Arrays.stream(words).allMatch(line::contains)).orElse(false))
                .findFirst().map(p -> new ServerProbe(p.pid()));
    }

    /** User and system CPU time used so far, in milliseconds. */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The fields after the command name, which is in parentheses and may hold spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000 / TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read /proc/" + pid + "/stat: " + e.getMessage(), e);
        }
    }

    /**
     * Bytes in use on the heap right after a full collection, once the server has closed the idle
     * keep-alive connections (30 s), whose buffers are the network's cost, not the sessions'.
     */
    long liveHeapAfterFullGc() {
        sleep(35_000);
        jcmd("GC.run");
        sleep(1000);
        jcmd("GC.run");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info printed no 'used' figure");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private String jcmd(String command) {
        return output("jcmd", Long.toString(pid), command);
    }

    /** What a command prints, standard error included. */
    static String output(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(command[0] + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
