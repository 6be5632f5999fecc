package cn.insure.claims.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No class over about 250 lines without a reason written at its top: a main source file longer than
 * {@value #LIMIT} lines says in its type's Javadoc why ("Over 250 lines because …"). A newcomer who
 * opens a long class learns first why it is long, and a class that grows past the limit fails the
 * build until someone splits it or writes the reason.
 */
class ClassSizeTest {

  static final int LIMIT = 260;
  static final String REASON = "Over 250 lines because ";
  private static final Pattern TYPE = Pattern.compile("(?m)^(public |final |abstract )*(class|interface|record|enum) ");

  @Test
  void everyLongClassSaysWhyAtItsTop() throws IOException {
    List<String> withoutReason;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      withoutReason = files.filter(file -> file.toString().endsWith(".java")).filter(ClassSizeTest::longWithoutReason)
          .map(Path::toString).sorted().toList();
    }
    assertThat(withoutReason).as("classes over %d lines whose Javadoc does not start a paragraph with '%s'", LIMIT,
        REASON).isEmpty();
  }

  @Test
  void theRuleSeesAReasonOnlyInTheTypesJavadoc() {
    String header = "package a;\n\n/**\n * A thing.\n *\n * <p>" + REASON + "it must.\n */\npublic class A {\n";
    String body = "  // x\n".repeat(LIMIT);
    assertThat(longWithoutReason(header + body + "}\n")).isFalse();
    assertThat(longWithoutReason("package a;\n\n/** A thing. */\npublic class A {\n" + body + "}\n")).isTrue();
    assertThat(longWithoutReason("package a;\n\npublic class A {\n  /** " + REASON + "no. */\n" + body + "}\n"))
        .isTrue();
    assertThat(longWithoutReason("package a;\n\npublic class A {\n}\n")).isFalse();
  }

  private static boolean longWithoutReason(Path file) {
    try {
      return longWithoutReason(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean longWithoutReason(String source) {
    if (source.lines().count() <= LIMIT) {
      return false;
    }
    Matcher type = TYPE.matcher(source);
    return !type.find() || !source.substring(0, type.start()).contains(REASON);
  }
}
