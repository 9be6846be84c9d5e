package dk.samskab.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Composes YAML text into plain nodes only, so no object of any class is ever constructed from
 * a file, and reports what keeps a text from being read: bad syntax, tags, an empty file.
 */
final class YamlParser {

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ);

    private YamlParser() {
    }

    /** The text's root mapping with the given fields allowed, or null with the problems that prevent it. */
    static YamlNode parse(String fileName, String text, int lineOffset, String path, List<Problem> problems,
            SourceMap sources, String... allowedKeys) {
        LoadSettings settings = LoadSettings.builder().setLabel(fileName).setAllowDuplicateKeys(false)
                .setUseMarks(true).setCodePointLimit(2_000_000).build();
        try {
            Optional<Node> node = new Compose(settings).composeString(text);
            if (node.isEmpty()) {
                problems.add(new Problem(fileName, lineOffset + 1, "file.empty"));
                return null;
            }
            rejectUnusualTags(fileName, lineOffset, node.get(), problems);
            return YamlNode.root(fileName, lineOffset, node.get(), path, problems, sources, allowedKeys);
        } catch (MarkedYamlEngineException e) {
            // Point at where the broken construct starts (an unclosed quote, say), not where the
            // parser gave up, which may be the end of the file.
            int problemLine = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            int line = e.getContextMark().map(m -> m.getLine() + 1).orElse(problemLine);
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            problems.add(line != problemLine
                    ? new Problem(fileName, lineOffset + line, "yaml.invalidAt", context + e.getProblem(), lineOffset + problemLine)
                    : new Problem(fileName, lineOffset + line, "yaml.invalid", context + e.getProblem()));
        } catch (YamlEngineException e) {
            problems.add(new Problem(fileName, lineOffset + 1, "yaml.invalid", e.getMessage()));
        }
        return null;
    }

    /** Only plain YAML types are accepted: no tags that could name classes or other objects. */
    private static void rejectUnusualTags(String file, int lineOffset, Node node, List<Problem> problems) {
        if (!PLAIN_TAGS.contains(node.getTag())) {
            problems.add(new Problem(file, lineOffset + YamlNode.line(node), "yaml.tag", node.getTag().getValue()));
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                rejectUnusualTags(file, lineOffset, tuple.getKeyNode(), problems);
                rejectUnusualTags(file, lineOffset, tuple.getValueNode(), problems);
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(child -> rejectUnusualTags(file, lineOffset, child, problems));
        }
    }
}
