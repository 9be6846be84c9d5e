package dk.samskab.launcher;

import dk.samskab.catalogue.CourseVersion;
import dk.samskab.enrolment.BulkCsv;
import dk.samskab.enrolment.Cohort;
import dk.samskab.organisation.Organisation;
import dk.samskab.enrolment.BulkEnrolment;
import dk.samskab.enrolment.BulkNotice;
import dk.samskab.enrolment.ManagerReach;
import dk.samskab.reporting.ManagerReaches;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures a bulk enrolment of 10,000 new people into one cohort on the generated data set (run
 * DataGenerator first), through the same service and single transaction as the manager's upload
 * page, against a baseline from the same run: reading and checking the file alone. Each run uses
 * new e-mail addresses and a new cohort. Not a test.
 */
public final class BulkImportBenchmark {

    private static final int ROWS = 10_000;

    private BulkImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map.Entry<DatabaseSettings, Runnable> database = BenchmarkDatabase.open();
        EntityManagerFactory factory = StandalonePersistence.migratedFactory(database.getKey());
        try {
            String run = Long.toString(System.currentTimeMillis(), 36);
            byte[] csv = csv(run);
            long manager;
            try (java.sql.Connection c = database.getKey().connect()) {
                manager = DataGenerator.managerId(c);
            }
            long cohort = cohort(factory, run);

            long start = System.nanoTime();
            BulkCsv.Result read = BulkCsv.read(csv, Set.of("kommune-koebenhavn"), Set.of("kommune-koebenhavn"));
            double baseline = (System.nanoTime() - start) / 1e6;
            if (!read.ok()) {
                throw new IllegalStateException("The generated file was refused: " + read.problems().get(0));
            }

            EntityManager em = factory.createEntityManager();
            AtomicInteger mails = new AtomicInteger();
            BulkEnrolment bulk = new BulkEnrolment();
            inject(bulk, "em", em);
            inject(bulk, "notices", new CountingEvent(mails));
            ManagerReaches reaches = new ManagerReaches();
            inject(reaches, "em", em);
            start = System.nanoTime();
            em.getTransaction().begin();
            ManagerReach reach = reaches.of(manager);
            BulkEnrolment.Outcome outcome = bulk.importCsv(reach, cohort, csv);
            em.getTransaction().commit();
            double imported = (System.nanoTime() - start) / 1e6;
            em.close();

            System.out.printf("File: %,d lines, %,d bytes%n", ROWS, csv.length);
            System.out.printf("baseline (read and check the file)     %8.1f ms%n", baseline);
            System.out.printf("bulk enrolment, one transaction        %8.1f ms  (%.1f × baseline)  target < 30000 ms%n",
                    imported, imported / baseline);
            System.out.printf("outcome: %,d people, %,d created, %,d enrolled, %,d waitlisted; %,d invitations queued%n",
                    outcome.people(), outcome.created(), outcome.enrolled(), outcome.waitlisted(), mails.get());
        } finally {
            factory.close();
            database.getValue().run();
        }
    }

    private static byte[] csv(String run) {
        StringBuilder csv = new StringBuilder("name,email,organisation,role\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append("Deltager ").append(i).append(",deltager-").append(run).append('-').append(i)
                    .append("@bulk.bench.samskab.dk,kommune-koebenhavn,professional\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A new cohort of a shipped course, shared with Københavns Kommune, with a seat for everyone. */
    private static long cohort(EntityManagerFactory factory, String run) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            CourseVersion version = em.createNamedQuery(CourseVersion.OF_COURSE, CourseVersion.class)
                    .setParameter("code", "SAM-101").setMaxResults(1).getSingleResult();
            Cohort cohort = new Cohort(version, "Massehold " + run, LocalDate.now(), LocalDate.now().plusWeeks(8), ROWS, null);
            cohort.addOrganisation(em.createQuery("SELECT o FROM Organisation o WHERE o.code = 'kommune-koebenhavn'",
                    Organisation.class).getSingleResult());
            em.persist(cohort);
            em.getTransaction().commit();
            return cohort.getId();
        } finally {
            em.close();
        }
    }

    private static void inject(Object target, String field, Object value) throws ReflectiveOperationException {
        java.lang.reflect.Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    /** Counts the invitations the import would mail once committed. */
    private record CountingEvent(AtomicInteger fired) implements Event<BulkNotice> {

        @Override
        public void fire(BulkNotice event) {
            fired.incrementAndGet();
        }

        @Override
        public <U extends BulkNotice> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends BulkNotice> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<BulkNotice> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends BulkNotice> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends BulkNotice> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
