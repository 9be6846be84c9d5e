package dk.samskab.authoring;

import dk.samskab.platform.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;

/**
 * The bilingual texts that new courses, modules, lessons and questions start with, until their
 * author writes their own: kept in seed-texts.properties beside this class, not in the code.
 */
public final class SeedTexts {

    private static final String FILE = "seed-texts.properties";
    private static final Properties TEXTS = load();

    private SeedTexts() {
    }

    /** The Danish and English text of a key, with the arguments (a position, say) filled in. */
    public static Text of(String key, Object... args) {
        return new Text(format(key + ".da", new Locale("da"), args), format(key + ".en", Locale.ENGLISH, args));
    }

    private static String format(String key, Locale locale, Object... args) {
        String pattern = TEXTS.getProperty(key);
        if (pattern == null) {
            throw new MissingResourceException("No seed text " + key, SeedTexts.class.getName(), key);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (InputStream in = SeedTexts.class.getResourceAsStream(FILE)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
