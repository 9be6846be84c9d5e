package dk.samskab.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the embedded MariaDB once before the integration tests (the Arquillian deployments need
 * it before any test class runs) and stops the shared server, Keycloak, the test providers and the
 * database at the very end.
 */
public class TestRunLifecycle implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (TestDatabase.isConfigured()) {
            TestDatabase.schema(TestDatabase.ARQUILLIAN_SCHEMA);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestApplication.shutdown();
        TestLrs.shutdown();
        TestKeycloak.shutdown();
        TestHostileProvider.shutdown();
        TestMail.shutdown();
        TestDatabase.shutdown();
    }
}
