package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Report;
import org.reportlint.facts.TableOfContents;
import org.reportlint.facts.TocEntry;
import org.reportlint.input.SourceReader;
import org.reportlint.input.SourceText;

class ReportSplitterTest {
    private static StructureParser.Structure corpus(String prefix) throws Exception {
        Path dir = Path.of("reports-under-test");
        try (var files = java.nio.file.Files.list(dir)) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".txt"))
                    .findFirst().orElseThrow();
            SourceText src = new SourceReader().read(p, p.toString());
            return Structures.withWords(src);
        }
    }

    @Test
    void compilationSplitsIntoItsSevenReportsAndItsTableOfContentsIsNotContent() throws Exception {
        StructureParser.Structure st = corpus("002_");
        List<Report> rs = st.reports();
        assertEquals(7, rs.size());
        assertEquals(List.of("济南市", "沈阳市", "福州市", "本溪市", "盘锦市", "商丘市", "内江市"),
                rs.stream().map(Report::getCity).toList());
        assertTrue(rs.stream().allMatch(r -> r.getYear() == 2024));
        assertEquals("2024年济南市政府工作报告", rs.get(0).getTitle());
        assertEquals(30, rs.get(0).getFirstLine());
        assertEquals(142, rs.get(0).getLastLine());
        assertEquals(LocalDate.of(2024, 1, 10), rs.get(0).getDate());
        assertEquals("第十八届人民代表大会第三次会议", rs.get(0).getMeeting());
        assertNull(rs.get(5).getSubtitle(), "商丘 has no meeting line");
        assertEquals(1, st.tables().size());
        TableOfContents toc = st.tables().get(0);
        assertEquals(23, toc.getEntryCount());
        assertEquals(1, toc.getFirstLine());
        assertEquals(29, toc.getLastLine());
        TocEntry second = toc.getEntries().get(1);
        assertEquals(2, second.getNumber());
        assertEquals("2024年沈阳市政府工作报告", second.getTitle());
        assertEquals(23, second.getPage());
        assertTrue(st.paragraphs().stream().allMatch(p -> p.getFirstLine() >= 30), "no paragraph from the table");
        assertTrue(st.headings().stream().allMatch(h -> h.getParagraph().getFirstLine() >= 30));
        assertTrue(st.paragraphs().stream().allMatch(p -> p.getReport() != null));
        assertFalse(rs.get(0).isTruncated());
        assertTrue(rs.get(6).isTruncated(), "the file ends mid-sentence");
    }

    @Test
    void abridgedVersionsAndReprintsAreOneReportEach() throws Exception {
        Report abridged = single(corpus("000_"));
        assertTrue(abridged.isAbridged());
        assertEquals("市五届人大三次会议政府工作报告(摘要)", abridged.getTitle());
        assertEquals("五届人大三次会议", abridged.getMeeting());
        assertEquals("运城市", abridged.getCity());
        assertEquals(2023, abridged.getYear());
        Report reprint = single(corpus("003_"));
        assertNull(reprint.getTitle());
        assertTrue(reprint.isContinued());
        assertTrue(reprint.isTruncated());
        assertFalse(abridged.isContinued());
        assertEquals("运城市", reprint.getCity());
        assertEquals(2026, reprint.getYear());
        Report page = single(corpus("004_"));
        assertEquals("运城市", page.getCity());
        assertNull(page.getYear(), "nothing in the text says which year");
        assertTrue(page.isContinued());
        assertFalse(page.isTruncated(), "its last line is a short item, not a broken sentence");
        Report speech = single(corpus("001_"));
        assertEquals("太原市", speech.getCity());
        assertEquals(LocalDate.of(2021, 2, 23), speech.getDate());
        assertEquals("——2021年2月23日在太原市第十四届人民代表大会\n第六次会议上", speech.getSubtitle());
    }

    private static Report single(StructureParser.Structure st) {
        assertEquals(1, st.reports().size());
        assertTrue(st.tables().isEmpty());
        return st.reports().get(0);
    }

    @Test
    void reportsStartAtTitleBlocksAndTheTextBeforeTheFirstBelongsToIt() {
        StructureParser.Structure st = Structures.of("责任编辑 张三 / 美编 李四 / 校对 王五\n\n2023年甲市政府工作报告\n"
                + "——2023年1月5日在甲市第九届人民代表大会第二次会议上\n\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n"
                + "一、回顾\n正文。\n2023年乙县人民政府工作报告\n各位代表：\n过去一年。\n");
        List<Report> rs = st.reports();
        assertEquals(2, rs.size());
        assertEquals(1, rs.get(0).getFirstLine());
        assertEquals("甲市", rs.get(0).getCity());
        assertEquals("乙县", rs.get(1).getCity());
        assertEquals(10, rs.get(1).getFirstLine());
        Paragraph last = st.paragraphs().get(st.paragraphs().size() - 1);
        assertEquals(1, last.getReport().getIndex());
    }

    @Test
    void provincialReportWithSpeakerLine() {
        StructureParser.Structure st = Structures.of("政府工作报告\n——2024年1月22日在甲省第十四届人民代表大会第二次会议上\n"
                + "甲省省长 某某某\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、2023年工作回顾\n正文。");
        Report r = single(st);
        assertEquals("甲省", r.getCity());
        assertEquals(2024, r.getYear());
        assertEquals(1, st.headings().size(), "the speaker line is no heading");
        assertEquals(Paragraph.TITLE, st.paragraphs().get(2).getKind());
    }

    @Test
    void meetingLineInParenthesesAndDateLineUnderTheTitle() {
        Report r = single(Structures.of("2024年甲市政府工作报告\n（2024年1月9日在甲市第十届人民代表大会第三次会议上）\n"
                + "各位代表：\n现在报告工作。"));
        assertEquals("甲市", r.getCity());
        assertEquals(LocalDate.of(2024, 1, 9), r.getDate());
        Report dated = single(Structures.of("政府工作报告\n（2024年1月9日）\n各位代表：\n现在报告工作。\n\n2024年1月9日"));
        assertEquals(LocalDate.of(2024, 1, 9), dated.getDate());
        assertEquals("（2024年1月9日）", dated.getSubtitle());
    }

    @Test
    void secondSalutationWithoutTitleStartsAReport() {
        StructureParser.Structure st = Structures.of("各位代表：\n现在报告工作。\n一、回顾\n正文。\n各位代表：\n现在报告另一份工作。\n");
        assertEquals(2, st.reports().size());
        assertEquals(5, st.reports().get(1).getFirstLine());
    }

    @Test
    void tableNeedsThreeEntriesWithRisingPages() {
        assertTrue(Structures.of("目录\n一、总体要求 1\n二、主要任务 3\n三、保障措施 9\n一、总体要求\n正文。").tables().size() == 1);
        assertTrue(Structures.of("一、总体要求 1\n二、主要任务 3\n正文。").tables().isEmpty());
        assertTrue(Structures.of("增长 9\n完成 3\n达到 5\n正文。").tables().isEmpty());
    }

    @Test
    void dottedLeadersAndNoNumbers() {
        List<TableOfContents> ts = Structures.of("目 录\n政府工作报告……………1\n计划报告……………12\n预算报告……………20\n\n正文。").tables();
        assertEquals(1, ts.size());
        assertEquals("计划报告", ts.get(0).getEntries().get(1).getTitle());
        assertNull(ts.get(0).getEntries().get(1).getNumber());
        assertEquals(12, ts.get(0).getEntries().get(1).getPage());
    }

    @Test
    void textYearNeedsAgreeingCues() {
        assertEquals(2026, ReportInfo.textYear("刚刚过去的2025年，是砥砺前行的一年。三、2026年工作安排"));
        assertNull(ReportInfo.textYear("刚刚过去的2025年。2027年工作安排"));
        assertNull(ReportInfo.textYear("今年是关键之年。"));
    }

    @Test
    void cityIsNullWhenTheTextDoesNotSettleIt() {
        assertNull(single(Structures.of("各位代表：\n全省经济稳中向好，全省上下团结奋斗。")).getCity());
        assertFalse(ReportInfo.isCityLevel("", "全省发展。全省推进。全市一次。"));
    }
}
