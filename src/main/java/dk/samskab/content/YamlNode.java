package dk.samskab.content;

import dk.samskab.catalogue.CodedValue;
import dk.samskab.platform.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping read field by field. Every accessor reports what is wrong (missing, wrong type,
 * unknown value) as a problem at the right line and returns null, so one pass finds every problem.
 */
final class YamlNode {

    private final String file;
    private final int lineOffset;
    private final Node node;
    private final String path;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final List<Problem> problems;
    private final SourceMap sources;

    private YamlNode(String file, int lineOffset, Node node, String path, List<Problem> problems, SourceMap sources) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.sources = sources;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                entries.put(((ScalarNode) tuple.getKeyNode()).getValue(), tuple);
            }
        }
    }

    /** The root mapping of a file; reports a problem and returns null if the root is not a mapping. */
    static YamlNode root(String file, int lineOffset, Node node, String path, List<Problem> problems, SourceMap sources,
            String... allowedKeys) {
        if (!(node instanceof MappingNode)) {
            problems.add(new Problem(file, lineOffset + line(node), "yaml.notFields"));
            return null;
        }
        YamlNode root = new YamlNode(file, lineOffset, node, path, problems, sources);
        root.allowOnly(allowedKeys);
        sources.record(path, file, root.line());
        return root;
    }

    /** The 1-based line a node starts on, within the text it was composed from. */
    static int line(Node node) {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(1);
    }

    int line() {
        return lineOffset + line(node);
    }

    String file() {
        return file;
    }

    /** The line of a key in this mapping, or of the mapping itself if the key is absent. */
    int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : lineOffset + line(tuple.getKeyNode());
    }

    private void allowOnly(String... keys) {
        if (keys.length == 0) {
            return;
        }
        Set<String> allowed = Set.of(keys);
        entries.forEach((key, tuple) -> {
            if (!allowed.contains(key)) {
                problem(tuple.getKeyNode(), "yaml.unknownField", key, String.join(", ", keys));
            }
        });
    }

    private void problem(Node at, String key, Object... args) {
        problems.add(new Problem(file, lineOffset + line(at), key, args));
    }

    private String childPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return entries.containsKey(key) && !(entries.get(key).getValueNode() instanceof ScalarNode scalar
                && scalar.getTag().equals(Tag.NULL));
    }

    private Node value(String key, boolean required) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || !has(key)) {
            if (required) {
                problems.add(new Problem(file, line(), "yaml.missingField", key));
            }
            return null;
        }
        sources.record(childPath(key), file, lineOffset + line(tuple.getKeyNode()));
        return tuple.getValueNode();
    }

    String string(String key, boolean required) {
        Node value = value(key, required);
        if (value == null) {
            return null;
        }
        if (!(value instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problem(value, "yaml.notText", key);
            return null;
        }
        return scalar.getValue();
    }

    Integer integer(String key, boolean required) {
        return converted(key, required, Integer::valueOf, "yaml.notWholeNumber");
    }

    BigDecimal decimal(String key, boolean required) {
        return converted(key, required, BigDecimal::new, "yaml.notNumber");
    }

    /** YAML 1.2's core booleans only: "yes" or "on" is a mistake in a course file, not a truth. */
    Boolean bool(String key, boolean required) {
        return converted(key, required, text -> switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(text);
        }, "yaml.notBoolean");
    }

    /** A text field turned into a value; a text the conversion refuses is reported with {@code problemKey}. */
    private <T> T converted(String key, boolean required, Function<String, T> conversion, String problemKey) {
        String text = string(key, required);
        if (text == null) {
            return null;
        }
        try {
            return conversion.apply(text.strip());
        } catch (IllegalArgumentException notConvertible) {
            problem(entries.get(key).getValueNode(), problemKey, key, text);
            return null;
        }
    }

    /** A bilingual text: a mapping with exactly the keys da and en, both non-empty. */
    Text text(String key, boolean required) {
        Node value = value(key, required);
        return value == null ? null : bilingual(value, key);
    }

    private Text bilingual(Node value, String what) {
        if (!(value instanceof MappingNode)) {
            problem(value, "yaml.notBilingual", what);
            return null;
        }
        YamlNode texts = new YamlNode(file, lineOffset, value, childPath(what), problems, sources);
        texts.allowOnly("da", "en");
        String da = texts.languageText("da", "yaml.noDanish", what);
        String en = texts.languageText("en", "yaml.noEnglish", what);
        return da == null || en == null ? null : new Text(da, en);
    }

    private String languageText(String key, String missingKey, String what) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || !(tuple.getValueNode() instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problems.add(new Problem(file, line(), missingKey, what));
            return null;
        }
        return scalar.getValue();
    }

    <E extends Enum<E> & CodedValue> E enumValue(String key, Class<E> type, boolean required) {
        return enumValue(key, type, CodedValue::code, required);
    }

    /** An enum value written as its code, for enums of the lower layers that cannot be CodedValues. */
    <E extends Enum<E>> E enumValue(String key, Class<E> type, Function<E, String> code, boolean required) {
        String text = string(key, required);
        return text == null ? null : parseEnum(text, type, code, entries.get(key).getValueNode(), key);
    }

    private <E extends Enum<E> & CodedValue> E parseEnum(String text, Class<E> type, Node at, String key) {
        return parseEnum(text, type, CodedValue::code, at, key);
    }

    private <E extends Enum<E>> E parseEnum(String text, Class<E> type, Function<E, String> code, Node at, String key) {
        for (E constant : type.getEnumConstants()) {
            if (code.apply(constant).equals(text.strip())) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(code).collect(Collectors.joining(", "));
        problem(at, "yaml.unknownValue", text, key, allowed);
        return null;
    }

    <E extends Enum<E> & CodedValue> List<E> enumList(String key, Class<E> type) {
        List<Node> items = sequence(key);
        if (items == null) {
            return null;
        }
        List<E> values = new ArrayList<>();
        for (Node item : items) {
            E value = item instanceof ScalarNode scalar ? parseEnum(scalar.getValue(), type, item, key) : null;
            if (value == null) {
                return null;
            }
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    List<Text> textList(String key, boolean required) {
        List<Node> items = required ? sequence(key) : (has(key) ? sequence(key) : List.of());
        if (items == null) {
            return null;
        }
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            sources.record(childPath(key) + "[" + i + "]", file, lineOffset + line(items.get(i)));
            texts.add(bilingual(items.get(i), key + "[" + (i + 1) + "]"));
        }
        return texts.contains(null) ? null : texts;
    }

    /** A list of plain texts (names, keys); an optional list that is absent is empty. */
    List<String> stringList(String key, boolean required) {
        List<Node> items = required ? sequence(key) : (has(key) ? sequence(key) : List.of());
        if (items == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (Node item : items) {
            if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                problem(item, "yaml.notTextEntries", key);
                return null;
            }
            values.add(scalar.getValue().strip());
        }
        return values;
    }

    /** A list of mappings, each read with its own allowed keys. */
    List<YamlNode> mappings(String key, boolean required, String... allowedKeys) {
        List<Node> items = required ? sequence(key) : (has(key) ? sequence(key) : List.of());
        if (items == null) {
            return null;
        }
        List<YamlNode> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = root(file, lineOffset, items.get(i), childPath(key) + "[" + i + "]", problems, sources, allowedKeys);
            if (item == null) {
                return null;
            }
            result.add(item);
        }
        return result;
    }

    /**
     * Every entry of a list of mappings read by the function, all of them so that every problem
     * is found; null when the list or any entry is broken (read returns null for a broken one).
     */
    static <T> List<T> readEach(List<YamlNode> entries, Function<YamlNode, T> read) {
        if (entries == null) {
            return null;
        }
        List<T> values = new ArrayList<>();
        for (YamlNode entry : entries) {
            values.add(read.apply(entry));
        }
        return values.contains(null) ? null : values;
    }

    YamlNode mapping(String key, boolean required, String... allowedKeys) {
        Node value = value(key, required);
        return value == null ? null : root(file, lineOffset, value, childPath(key), problems, sources, allowedKeys);
    }

    private List<Node> sequence(String key) {
        Node value = value(key, true);
        if (value == null) {
            return null;
        }
        if (!(value instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problem(value, "yaml.notList", key);
            return null;
        }
        return sequence.getValue();
    }
}
