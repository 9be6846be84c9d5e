/** Learning progress: lessons done, quiz attempts with scoring and feedback, and the completion rule. */
package dk.samskab.learning;
