package dk.samskab.elearning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One launchable item of a stored package (a row of elearning_item). */
@Embeddable
public class StoredItem {

    @Column(nullable = false)
    private String identifier;

    @Column(nullable = false)
    private String title;

    @Column(name = "launch_file")
    private String launchFile;

    @Column(name = "launch_path", nullable = false)
    private String launchPath;

    @Column(nullable = false)
    private boolean sco;

    @Column(name = "mastery_score")
    private BigDecimal masteryScore;

    @Column(name = "completion_set_by_content", nullable = false)
    private boolean completionSetByContent;

    @Column(name = "move_on")
    private String moveOn;

    @Column(name = "launch_method")
    private String launchMethod;

    @Column(name = "activity_id")
    private String activityId;

    protected StoredItem() {
    }

    StoredItem(LaunchItem item) {
        this.identifier = item.identifier();
        this.title = item.title();
        this.launchFile = item.launchFile();
        this.launchPath = item.launchPath();
        this.sco = item.sco();
        this.masteryScore = item.masteryScore();
        this.completionSetByContent = item.completionSetByContent();
        this.moveOn = item.moveOn() == null ? null : item.moveOn().name();
        this.launchMethod = item.launchMethod();
        this.activityId = item.activityId();
    }

    LaunchItem toLaunchItem() {
        return new LaunchItem(identifier, title, launchFile, launchPath, sco, masteryScore,
                moveOn == null ? null : MoveOn.valueOf(moveOn), launchMethod, activityId, completionSetByContent);
    }
}
