/** The learner's pages (course page with the way on, lesson player, quizzes, hand-ins) and each cohort participant's progress on the instructors' cohort page. */
package dk.samskab.learning.web;
