package dk.samskab.api;

import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/** Writes every API call to the audit log: the client (or none, when refused before it was known), the operation and its status. */
@ApplicationScoped
public class CallAudit implements ContainerResponseFilter {

    @Inject
    AuditLog audit;

    @Inject
    ApiRequest request;

    @Override
    public void filter(ContainerRequestContext in, ContainerResponseContext out) {
        String operation = in.getMethod() + " /api/v1/" + in.getUriInfo().getPath();
        String outcome = Integer.toString(out.getStatus());
        if (out.getEntity() instanceof ApiProblem.Problem problem) {
            outcome += " " + problem.type().substring(problem.type().lastIndexOf(':') + 1);
        }
        audit.recordFor(request.actor(), AuditAction.API_CALL, operation, outcome);
    }
}
