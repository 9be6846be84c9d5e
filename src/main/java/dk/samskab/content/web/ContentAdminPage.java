package dk.samskab.content.web;

import dk.samskab.content.CourseContentService;
import dk.samskab.content.ImportReport;
import dk.samskab.platform.web.Messages;
import dk.samskab.platform.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The administrator's view of the course-content import, with a button to import again. */
@Named
@RequestScoped
public class ContentAdminPage {

    @Inject
    CourseContentService content;

    @Inject
    Caller caller;

    public ImportReport getReport() {
        return content.lastReport().orElse(null);
    }

    /** The last import's problems as file:line: message, in the page's language. */
    public List<String> getProblems() {
        ImportReport report = getReport();
        return report == null ? List.of() : report.problems(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getFolder() {
        return content.contentFolder().toString();
    }

    public void importNow() {
        ImportReport report = content.importNow(caller.email());
        FacesContext.getCurrentInstance().addMessage(null, report.succeeded()
                ? new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text("adminContent.imported"), null)
                : new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text("adminContent.failed"), null));
    }
}
