package dk.samskab.elearning;

/**
 * The sequencing control mode of a SCORM 2004 organisation's root (imsss:controlMode), with the
 * IMS Simple Sequencing defaults filled in for attributes the manifest leaves out (choice true,
 * flow false, forwardOnly false).
 *
 * @param choice      the learner may pick any activity from the menu
 * @param flow        the system moves on to the next activity (Continue/Previous)
 * @param forwardOnly the learner may not go back
 */
public record ControlMode(boolean choice, boolean flow, boolean forwardOnly) {

    /**
     * Forced sequential order, as ADL's sequencing templates call it: the learner goes through the
     * activities one after the other, only forwards, without picking from a menu (flow=true,
     * choice=false, forwardOnly=true).
     */
    public boolean forcedSequential() {
        return flow && !choice && forwardOnly;
    }
}
