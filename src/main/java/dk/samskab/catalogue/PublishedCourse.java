package dk.samskab.catalogue;

import java.time.Instant;

/** What pages show of a published course version: its content plus the provider's name and version facts. */
public record PublishedCourse(CourseDefinition course, int versionNumber, Instant publishedAt, String providerName) {
}
