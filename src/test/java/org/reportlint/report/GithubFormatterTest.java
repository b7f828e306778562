package org.reportlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubFormatterTest {
    private static List<String> lines(LintRun run) throws IOException {
        StringBuilder b = new StringBuilder();
        new GithubFormatter().write(run, b);
        return b.toString().lines().toList();
    }

    @Test
    void oneAnnotationPerFindingWithItsRegionAndSuggestion() throws IOException {
        List<String> out = lines(Runs.of("dir/a,b.txt", "持续优化优化营商环境。\n"));
        assertEquals(List.of("::warning file=dir/a%2Cb.txt,line=1,endLine=1,col=5,endColumn=7,"
                + "title=dup_phrase.adjacent-repeat::“优化”紧邻重复，疑为多打一遍（建议删除）"), out);
    }

    @Test
    void infoIsANoticeUnreadableFilesAreErrorsAndNewlinesAreEscaped() throws IOException {
        List<String> out = lines(Runs.hostile());
        assertTrue(out.contains("::notice file=a<b>&\"c\".txt,line=2,endLine=2,col=3,endColumn=3,"
                + "title=punct.missing::缺少标点（建议改为“，”）"), String.join("\n", out));
        assertTrue(out.contains("::error file=missing<&>.txt::missing<&>.txt%3A no such file".replace("%3A", ":")),
                String.join("\n", out));
        assertEquals("a%25b%0Ac", GithubFormatter.data("a%b\nc"));
        assertEquals("x%3Ay%2Cz", GithubFormatter.property("x:y,z"));
    }
}
