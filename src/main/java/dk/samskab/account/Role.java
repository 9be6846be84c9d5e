package dk.samskab.account;

/** What a signed-in user may do. The order gives the home page of someone with several roles. */
public enum Role {
    ADMIN("/admin/index.xhtml"),
    TRAINING_MANAGER("/manager/index.xhtml"),
    INSTRUCTOR("/instructor/index.xhtml"),
    LEARNER("/learner/index.xhtml");

    private final String homePage;

    Role(String homePage) {
        this.homePage = homePage;
    }

    public String homePage() {
        return homePage;
    }
}
