package dk.samskab.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The built WAR as an Arquillian deployment, so in-container tests run against exactly what ships. */
public final class ArquillianDeployments {

    private static final String PUBLIC_PATTERNS = "<url-pattern>/index.xhtml</url-pattern>";

    private ArquillianDeployments() {
    }

    /**
     * The application WAR, with Arquillian's test runner servlet added to the public pages: the
     * application denies every address not listed, and the runner must answer the test client.
     */
    public static WebArchive application() {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "samskab.war")
                .importFrom(new File(TestDatabase.buildDir(), "samskab.war"))
                .as(WebArchive.class);
        String webXml = read(war, "WEB-INF/web.xml");
        if (!webXml.contains(PUBLIC_PATTERNS)) {
            throw new IllegalStateException("web.xml no longer lists " + PUBLIC_PATTERNS);
        }
        war.delete("WEB-INF/web.xml");
        return war.setWebXML(new StringAsset(webXml.replace(PUBLIC_PATTERNS,
                PUBLIC_PATTERNS + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>")));
    }

    private static String read(WebArchive war, String path) {
        try (InputStream in = war.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
