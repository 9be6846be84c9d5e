package dk.samskab.authoring.web;

import dk.samskab.authoring.AuthoringException;
import dk.samskab.authoring.AuthoringService;
import dk.samskab.authoring.TextDiff;
import dk.samskab.platform.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/** Who published which version when, with what note; and the changed texts between two versions. */
@Named
@RequestScoped
public class CourseHistory {

    @Inject
    AuthoringService authoring;

    @Inject
    Caller caller;

    private List<AuthoringService.VersionRow> versions;
    private List<TextDiff.Change> changes;

    public void load() throws IOException {
        Map<String, String> params = Faces.getRequestParameterMap();
        try {
            versions = authoring.history(caller, String.valueOf(params.get("code")));
            String from = params.get("from");
            String to = params.get("to");
            if (from != null && to != null && from.matches("\\d{1,6}") && to.matches("\\d{1,6}")) {
                changes = authoring.diff(caller, params.get("code"), Integer.parseInt(from), Integer.parseInt(to));
            }
        } catch (AuthoringException refused) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public List<AuthoringService.VersionRow> getVersions() {
        return versions;
    }

    public List<TextDiff.Change> getChanges() {
        return changes;
    }
}
