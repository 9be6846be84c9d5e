/** The learner's pages (course page with the way on, lesson player, quizzes, hand-ins) and the instructors' cohort page, which shows each participant's progress. */
package dk.samskab.learning.web;
