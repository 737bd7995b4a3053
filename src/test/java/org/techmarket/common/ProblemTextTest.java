package org.techmarket.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** An error's human text reads in the reader's language; the English a check throws is its message id. */
class ProblemTextTest {

    @Test
    void shouldReadAFieldMessageInChineseOrEnglish() {
        assertEquals("最多 1000 个字符", ProblemText.localize("at most 1000 characters", Language.ZH));
        assertEquals("at most 1000 characters", ProblemText.localize("at most 1000 characters", Language.EN));
        assertEquals("值无效：应为整数", ProblemText.localize("invalid value: expected a whole number", Language.ZH));
    }

    @Test
    void shouldNameEntitiesAndStatesByTheirLabels() {
        assertEquals("未找到技术合同 5", ProblemText.localize("Contract 5 not found", Language.ZH));
        assertEquals("发布信息当前为“草稿”，不能变为“已发布”",
                ProblemText.localize("Listing cannot move from DRAFT to PUBLISHED", Language.ZH));
        assertEquals("Case 7 not found", ProblemText.localize("MatchCase 7 not found", Language.EN));
        assertEquals("申报未超额：3 份申请、5 个名额，请逐一审核", ProblemText.localize(
                "Not oversubscribed: 3 applications wait for 5 places; decide them one by one", Language.ZH));
    }

    @Test
    void shouldLeaveAMessageWithoutATextAsItIs() {
        assertEquals("请填写原因", ProblemText.localize("请填写原因", Language.ZH));
        assertEquals("something new", ProblemText.localize("something new", Language.ZH));
    }

    /** A new check that throws a field message nobody translated fails here, naming the file and the message. */
    @Test
    void everyFieldMessageThrownInTheCodeHasAText() throws IOException {
        assertEquals(List.of(), untranslated(Pattern.compile(
                "(?:InvalidInputException\\.of\\(\\s*[^,;]+?|errors\\.put\\(\\s*[^,;]+?),\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)"), 50));
    }

    /** The same for the refusals a service throws whole (a conflict, a forbidden action): each reads in Chinese too. */
    @Test
    void everyRefusalThrownInTheCodeHasAText() throws IOException {
        assertEquals(List.of(), untranslated(Pattern.compile(
                "new (?:ConflictException|ForbiddenActionException|TooManyRequestsException)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)"), 30));
    }

    /** The messages the pattern finds in src/main without a text, after checking it finds more than {@code atLeast}. */
    private static List<String> untranslated(Pattern thrown, int atLeast) throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = thrown.matcher(Files.readString(file));
                while (m.find()) {
                    found++;
                    if (!ProblemText.known(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(true, found > atLeast, "messages found: " + found);
        return List.copyOf(missing);
    }
}
