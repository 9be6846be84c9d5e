package dk.samskab.elearning;

import static dk.samskab.elearning.Packages.accept;
import static dk.samskab.elearning.Packages.files;
import static dk.samskab.elearning.Packages.only;
import static dk.samskab.elearning.Packages.refuse;
import static dk.samskab.elearning.Packages.zip;
import static dk.samskab.elearning.PackageProblem.Reason.DOCTYPE_NOT_ALLOWED;
import static dk.samskab.elearning.PackageProblem.Reason.DUPLICATE_ENTRY;
import static dk.samskab.elearning.PackageProblem.Reason.ENTRY_TOO_LARGE;
import static dk.samskab.elearning.PackageProblem.Reason.MANIFEST_NOT_AT_ROOT;
import static dk.samskab.elearning.PackageProblem.Reason.NO_MANIFEST;
import static dk.samskab.elearning.PackageProblem.Reason.OUTSIDE_PACKAGE;
import static dk.samskab.elearning.PackageProblem.Reason.TOO_MANY_ENTRIES;
import static dk.samskab.elearning.PackageProblem.Reason.UNPACKS_TOO_LARGE;
import static dk.samskab.elearning.PackageProblem.Reason.UNREADABLE_ZIP;
import static dk.samskab.elearning.PackageProblem.Reason.UNSAFE_PATH;
import static dk.samskab.elearning.PackageProblem.Reason.ZIP_TOO_LARGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zips made to hurt: each is refused for what it is, and naming the entry or manifest line at fault. */
class UnsafePackagesTest {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private static final String TINCAN = """
            <?xml version="1.0" encoding="utf-8"?>
            <tincan xmlns="http://projecttincan.com/tincan.xsd">
              <activities>
                <activity id="http://samskab.dk/test/launch">
                  <name lang="da">Frivillig i kommunen</name>
                  <launch lang="da">%s</launch>
                </activity>
              </activities>
            </tincan>
            """;

    /** A valid Tin Can package, to which each test adds the one thing wrong. */
    private static Map<String, byte[]> valid() {
        return files("tincan.xml", TINCAN.formatted("index.html"), "index.html", "<p>Hej</p>");
    }

    private static PackageInspector limitedTo(long maxZip, long maxUnpacked, int maxEntries, long maxEntry) {
        return new PackageInspector(new PackageInspector.Limits(maxZip, maxUnpacked, maxEntries, maxEntry));
    }

    @Test
    void theValidBaseIsAccepted() throws Exception {
        ElearningPackage base = accept(zip(valid()));
        assertEquals("Frivillig i kommunen", base.title());
        assertEquals("index.html", base.items().get(0).launchPath());
    }

    @Test
    void anEntryThatClimbsOutOfThePackageIsRefused() {
        Map<String, byte[]> files = valid();
        files.put("../evil.html", "<script>owned()</script>".getBytes());
        List<PackageProblem> problems = refuse(zip(files));
        assertEquals(1, problems.size(), problems.toString());
        PackageProblem slip = only(UNSAFE_PATH, problems);
        assertEquals("../evil.html", slip.file());
        assertEquals("../evil.html: This file's path is absolute or leads outside the package.", slip.text(Locale.ENGLISH));
    }

    @Test
    void anAbsoluteEntryIsRefused() {
        Map<String, byte[]> files = valid();
        files.put("/etc/x", "root:x:0:0".getBytes());
        assertEquals("/etc/x", only(UNSAFE_PATH, refuse(zip(files))).file());
    }

    @Test
    void everyOtherWayOutIsRefusedToo() {
        for (String name : List.of("a/../../evil.html", "..\\evil.html", "C:/Windows/evil.html", "a//b.html", "./a.html", "a/./b.html",
                "a/..", "nul\u0000.html")) {
            Map<String, byte[]> files = valid();
            files.put(name, new byte[] {1});
            assertEquals(name, only(UNSAFE_PATH, refuse(zip(files))).file(), name);
        }
    }

    @Test
    void aZipBombIsStoppedWhileInflatingAtTheEntryLimit() {
        Map<String, byte[]> files = valid();
        files.put("media/bomb.bin", new byte[(int) (64 * MB)]);
        byte[] bomb = zip(files);
        assertTrue(bomb.length < 100 * KB, "64 MB of zeros deflate to " + bomb.length + " bytes");
        List<PackageProblem> problems = refuse(limitedTo(MB, 100 * MB, 100, MB), bomb);
        assertEquals(1, problems.size(), problems.toString());
        PackageProblem tooLarge = only(ENTRY_TOO_LARGE, problems);
        assertEquals("media/bomb.bin", tooLarge.file());
        assertEquals("media/bomb.bin: Filen fylder mere end 1 MB, når den pakkes ud.", tooLarge.text(new Locale("da")));
    }

    /** The entry's local header says 10 bytes; the inflated bytes are counted, not the header believed. */
    @Test
    void anEntryWhoseHeaderLiesAboutItsSizeIsStillStopped() throws Exception {
        byte[] content = new byte[(int) (8 * MB)];
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        byte[] compressed = new byte[(int) MB];
        int compressedSize = deflater.deflate(compressed);
        assertTrue(deflater.finished());
        CRC32 crc = new CRC32();
        crc.update(content);
        ZipEntry entry = new ZipEntry("liar.bin");
        entry.setSize(content.length);
        entry.setCompressedSize(compressedSize);
        entry.setCrc(crc.getValue());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        }
        ByteBuffer lying = ByteBuffer.wrap(bytes.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x04034b50, lying.getInt(0), "a local header, sizes in it (no data descriptor)");
        assertEquals(content.length, lying.getInt(22));
        lying.putInt(22, 10);
        List<PackageProblem> problems = refuse(limitedTo(MB, 100 * MB, 100, MB), lying.array());
        assertEquals("liar.bin", only(ENTRY_TOO_LARGE, problems).file());
    }

    @Test
    void manySmallEntriesThatUnpackBeyondTheTotalAreRefused() {
        Map<String, byte[]> files = valid();
        for (int i = 0; i < 5; i++) {
            files.put("media/part" + i + ".bin", new byte[(int) (300 * KB)]);
        }
        List<PackageProblem> problems = refuse(limitedTo(MB, MB, 100, MB), zip(files));
        PackageProblem tooLarge = only(UNPACKS_TOO_LARGE, problems);
        assertNull(tooLarge.file(), "the package as a whole");
        assertEquals("The package takes up more than 1 MB when unpacked.", tooLarge.text(Locale.ENGLISH));
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Map<String, byte[]> files = valid();
        for (int i = 0; i < 10; i++) {
            files.put("page" + i + ".html", new byte[] {'x'});
        }
        assertEquals(12, files.size());
        PackageProblem tooMany = only(TOO_MANY_ENTRIES, refuse(limitedTo(MB, MB, 11, MB), zip(files)));
        assertNull(tooMany.file());
        assertEquals(List.of("11"), tooMany.args());
        // The limit counts entries, not what they hold: twelve are fine when twelve are allowed.
        assertEquals(12, limitedTo(MB, MB, 12, MB).inspect(new ByteArrayInputStream(zip(files))).files().size());
    }

    @Test
    void aZipOverTheMaximumSizeIsRefusedWithoutReadingItAll() {
        byte[] noise = new byte[(int) (8 * KB)];
        new Random(42).nextBytes(noise);
        Map<String, byte[]> files = valid();
        files.put("noise.bin", noise);
        PackageProblem tooLarge = only(ZIP_TOO_LARGE, refuse(limitedTo(4 * KB, MB, 100, MB), zip(files)));
        assertNull(tooLarge.file());
        assertEquals("Pakken er større end 4 KB.", tooLarge.text(new Locale("da", "DK")));

        // An upload that never ends is read only up to the limit.
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'P';
            }
        };
        PackageRefusedException refused = assertThrows(PackageRefusedException.class,
                () -> limitedTo(4 * KB, MB, 100, MB).inspect(endless));
        assertEquals(ZIP_TOO_LARGE, refused.problems().get(0).reason());
        assertEquals(4 * KB + 1, served[0]);
    }

    @Test
    void somethingThatIsNoZipIsRefused() {
        assertEquals(UNREADABLE_ZIP, refuse("<html>not a zip</html>".getBytes()).get(0).reason());
        assertEquals(UNREADABLE_ZIP, refuse(new byte[0]).get(0).reason());
    }

    @Test
    void theSameNameTwiceIsRefused() {
        Map<String, byte[]> files = valid();
        files.put("dup1.html", "one".getBytes());
        files.put("dup2.html", "two".getBytes());
        String zipped = new String(zip(files), StandardCharsets.ISO_8859_1).replace("dup2.html", "dup1.html");
        PackageProblem twice = only(DUPLICATE_ENTRY, refuse(zipped.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("dup1.html", twice.file());
    }

    @Test
    void entryNamesInTheDosCodePageAreRead() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // Without the UTF-8 flag, as old Windows tools zip: "Æ" is one byte, 0x92, not valid UTF-8.
        try (ZipOutputStream zip = new ZipOutputStream(bytes, Charset.forName("IBM437"))) {
            for (Map.Entry<String, byte[]> file : files("tincan.xml", TINCAN.formatted("%C3%86blerne.html"), "Æblerne.html", "<p>")
                    .entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        ElearningPackage apples = accept(bytes.toByteArray());
        assertTrue(apples.files().containsKey("Æblerne.html"), apples.files().keySet().toString());
        assertEquals("Æblerne.html", apples.items().get(0).launchFile());
    }

    @Test
    void aPackageWithoutManifestIsRefused() {
        PackageProblem none = only(NO_MANIFEST, refuse(zip(files("index.html", "<p>", "js/course.js", "x()"))));
        assertNull(none.file());
        assertEquals("The package has no imsmanifest.xml (SCORM), cmi5.xml (cmi5) or tincan.xml (Tin Can) at its top level.",
                none.text(Locale.ENGLISH));
    }

    @Test
    void aManifestInAFolderIsRefusedWithAHint() {
        Map<String, byte[]> files = Packages.folder("scorm12/ContentPackagingSingleSCO_SCORM12");
        Map<String, byte[]> inFolder = new LinkedHashMap<>();
        files.forEach((path, content) -> inFolder.put("Golf/" + path, content));
        PackageProblem nested = only(MANIFEST_NOT_AT_ROOT, refuse(zip(inFolder)));
        assertEquals("Golf/imsmanifest.xml", nested.file());
        assertEquals(List.of("Golf/"), nested.args());
    }

    @Test
    void aLaunchOutsideThePackageIsRefused() {
        for (String launch : List.of("../../x.html", "..\\..\\x.html", "%2e%2e/x.html", "/etc/passwd", "file:///etc/passwd",
                "http://example.com/x.html")) {
            Map<String, byte[]> files = valid();
            files.put("tincan.xml", TINCAN.formatted(launch).getBytes(StandardCharsets.UTF_8));
            PackageProblem outside = only(OUTSIDE_PACKAGE, refuse(zip(files)));
            assertEquals("tincan.xml", outside.file(), launch);
            assertEquals(6, outside.line(), launch);
            assertEquals(List.of(launch), outside.args());
        }
    }

    @Test
    void anExternalEntityIsNeverResolved(@TempDir Path folder) throws Exception {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-42");
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE manifest [ <!ENTITY xxe SYSTEM "%s"> ]>
                <manifest identifier="xxe" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1">
                  <metadata><schemaversion>2004 4th Edition</schemaversion></metadata>
                  <organizations><organization identifier="o"><title>&xxe;</title>
                    <item identifier="i" identifierref="r"><title>&xxe;</title></item></organization></organizations>
                  <resources><resource identifier="r" href="index.html"/></resources>
                </manifest>
                """.formatted(secret.toUri());
        List<PackageProblem> problems = refuse(zip(files("imsmanifest.xml", manifest, "index.html", "<p>")));
        PackageProblem doctype = only(DOCTYPE_NOT_ALLOWED, problems);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("imsmanifest.xml", doctype.file());
        assertEquals(2, doctype.line());
        for (PackageProblem problem : problems) {
            assertFalse(problem.text(Locale.ENGLISH).contains("TOP-SECRET"), problem.toString());
        }
    }

    @Test
    void anInternalEntityBombIsRefusedToo() {
        String cmi5 = """
                <?xml version="1.0"?>
                <!DOCTYPE courseStructure [
                  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
                  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                ]>
                <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"><course id="c">&b;</course></courseStructure>
                """;
        PackageProblem doctype = only(DOCTYPE_NOT_ALLOWED, refuse(zip(files("cmi5.xml", cmi5))));
        assertEquals("cmi5.xml", doctype.file());
    }
}
