package org.reportlint.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HanziTableTest {
    private static HanziTable read(Path dir) throws IOException {
        Path f = dir.resolve("hanzi.tsv");
        Files.writeString(f, """
                # header
                绵\tmian\t纟\t11\t26127\t绢纬
                绛\tjiang\t纟\t9\t27154\t绎络
                夏\txia\t夂\t10\t10247\t
                进\tjin\t辶\t7\t35308\t
                近\tjin\t辶\t7\t32302\t
                京\tjing\t亠\t8\t00906\t
                已\tyi\t己\t3\t17717\t己巳
                己\tji\t己\t3\t17717\t
                宜\tyi\t宀\t8\t30102\t
                泌\tbi,mi\t氵\t8\t33104\t
                沁\tqin\t氵\t7\t33100\t
                """, StandardCharsets.UTF_8);
        return HanziTable.read(f);
    }

    @Test
    void sameRadicalAndCloseStrokeCountLookAlike(@TempDir Path dir) throws IOException {
        HanziTable h = read(dir);
        assertTrue(h.similarShape('绵', '绛', 3));
        assertFalse(h.similarShape('绵', '夏', 3));
        assertFalse(h.similarShape('绵', '绛', 1), "stroke gap 2 exceeds 1");
    }

    @Test
    void listedLookAlikesAndFourCornerCodes(@TempDir Path dir) throws IOException {
        HanziTable h = read(dir);
        assertTrue(h.similarShape('已', '己', 0));
        assertTrue(h.similarShape('己', '已', 0), "the list is read both ways");
        assertFalse(h.similarShape('泌', '宜', 0), "three corners of four are not enough");
        assertTrue(h.similarShape('沁', '泌', 0), "all four corners agree");
    }

    @Test
    void sameReadingOrNasalFoldingSoundsAlike(@TempDir Path dir) throws IOException {
        HanziTable h = read(dir);
        assertTrue(h.similarSound('进', '近'));
        assertTrue(h.similarSound('进', '京'), "jin and jing are confused");
        assertFalse(h.similarSound('绵', '绛'));
        assertFalse(h.similarSound('绵', '字'), "unknown characters are not alike");
    }
}
