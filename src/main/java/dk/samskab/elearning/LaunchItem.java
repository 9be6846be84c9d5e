package dk.samskab.elearning;

import java.math.BigDecimal;

/**
 * One thing a learner can launch from a package, in the order the package gives.
 *
 * @param identifier   the SCORM item's identifier, the cmi5 AU's id or the Tin Can activity's id
 * @param title        the item's, AU's or activity's title
 * @param launchFile   the launched file's path in the package (a key of {@link ElearningPackage#files()}),
 *                     or null when a cmi5 AU is launched from an absolute http(s) address
 * @param launchPath   what to open: the launched file with the href's query or fragment and, for SCORM,
 *                     the item's parameters; or the AU's absolute address
 * @param sco          SCORM: the resource is a SCO (talks to the run-time API) rather than an asset
 * @param masteryScore on the standard's own scale, as the run-time hands it to the content: SCORM 1.2
 *                     adlcp:masteryscore (0–100, compared with cmi.core.score.raw); SCORM 2004 the primary
 *                     objective's minNormalizedMeasure when satisfiedByMeasure is true (−1–1, compared with
 *                     score.scaled); cmi5 masteryScore (0–1); null when the package sets none
 * @param moveOn       cmi5 only: when the AU counts as satisfied; null otherwise
 * @param launchMethod cmi5 only: AnyWindow or OwnWindow; null otherwise
 * @param activityId   cmi5 and Tin Can: the xAPI activity id the content reports on; null for SCORM
 * @param completionSetByContent SCORM: false when the LMS is to count the SCO completed as the learner
 *                     leaves it without the content having reported any status (SCORM 2004's
 *                     imsss:deliveryControls default, which Samskab applies to SCORM 1.2 SCOs too);
 *                     true for content that reports its own completion, and for cmi5 and Tin Can
 */
public record LaunchItem(String identifier, String title, String launchFile, String launchPath, boolean sco,
        BigDecimal masteryScore, MoveOn moveOn, String launchMethod, String activityId, boolean completionSetByContent) {

    static LaunchItem scorm(String identifier, String title, String launchFile, String launchPath, boolean sco,
            BigDecimal masteryScore, boolean completionSetByContent) {
        return new LaunchItem(identifier, title, launchFile, launchPath, sco, masteryScore, null, null, null, completionSetByContent);
    }

    static LaunchItem cmi5(String id, String title, String launchFile, String launchPath, BigDecimal masteryScore,
            MoveOn moveOn, String launchMethod) {
        return new LaunchItem(id, title, launchFile, launchPath, false, masteryScore, moveOn, launchMethod, id, true);
    }

    static LaunchItem tinCan(String activityId, String title, String launchFile, String launchPath) {
        return new LaunchItem(activityId, title, launchFile, launchPath, false, null, null, null, activityId, true);
    }
}
