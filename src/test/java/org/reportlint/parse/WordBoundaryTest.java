package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportlint.TestLinter;
import org.reportlint.data.WordDictionary;

class WordBoundaryTest {
    private final WordDictionary words = TestLinter.get().data().words();

    @Test
    void aWordAcrossAnEdgeStraddlesTheWindow() {
        String t = "讨论着问题";
        assertTrue(WordBoundary.straddled(words, 50, t, 1, 3), "讨论 crosses the start of 论着");
        assertFalse(WordBoundary.straddled(words, 50, "显着提升", 0, 2));
    }

    @Test
    void onlyAWordTakingInTheCoveredIndexCountsWhenAsked() {
        String t = "规定清神学习";
        assertTrue(WordBoundary.straddled(words, 50, t, 0, 4), "神学 crosses the end");
        assertFalse(WordBoundary.straddled(words, 50, t, 0, 4, 2, 3), "神学 does not take in 清");
        assertTrue(WordBoundary.straddled(words, 50, "城镇花园", 0, 3, 2, 3), "花园 takes in 花");
    }
}
