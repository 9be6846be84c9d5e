package dk.samskab.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The integration API, version 1. Every class is listed, so nothing else on the class path becomes part of it. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(TokenEndpoint.class, OrganisationsResource.class, PeopleResource.class, CoursesResource.class,
                CohortsResource.class, EnrolmentsResource.class, ResultsResource.class, ReportsResource.class,
                ClientAuthentication.class, CallAudit.class, JsonConfig.class,
                ProblemMappers.Problems.class, ProblemMappers.Framework.class, ProblemMappers.Json.class,
                ProblemMappers.Reading.class, ProblemMappers.Enrolment.class, ProblemMappers.Concurrent.class,
                ProblemMappers.Unexpected.class);
    }
}
