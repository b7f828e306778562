package org.reportlint.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
    private static final String ROWS = """
            # header
            山西省\t14\tprovince\t山西\t\t山西省
            运城市\t1408\tprefecture\t运城\t运城市\t山西省
            绛县\t140826\tcounty\t\t运城市\t山西省
            夏县\t140828\tcounty\t\t运城市\t山西省
            河津市\t140882\tcounty\t河津\t运城市\t山西省
            天津市\t12\tprovince\t天津\t\t天津市
            成县\t621221\tcounty\t\t陇南市\t甘肃省
            东郭镇\t140825100\ttown\t东郭\t运城市\t山西省
            """;

    private static Gazetteer read(Path dir) throws IOException {
        Path f = dir.resolve("divisions.tsv");
        Files.writeString(f, ROWS, StandardCharsets.UTF_8);
        return Gazetteer.read(f);
    }

    @Test
    void knowsFullNamesAndShortForms(@TempDir Path dir) throws IOException {
        Gazetteer g = read(dir);
        assertTrue(g.isReal("河津市"));
        assertTrue(g.isReal("河津"));
        assertFalse(g.isReal("绵县"));
        assertEquals("运城市", g.shortNamed("河津").get(0).prefecture());
        assertTrue(g.hasPrefix("河"));
        assertTrue(g.startsName('河', '津'));
        assertFalse(g.startsName('绵', '县'));
    }

    @Test
    void findsOneCharacterOffOnlyInTheAreaAndInTheStem(@TempDir Path dir) throws IOException {
        Gazetteer g = read(dir);
        assertEquals(List.of("绛县", "夏县"), g.oneCharacterOff("绵县", 1, "运城市"));
        assertEquals(List.of("成县"), g.oneCharacterOff("绵县", 1, "陇南市"), "each area has its own candidates");
        assertEquals(List.of(), g.oneCharacterOff("绵县", 1, "太原市"));
        assertEquals(List.of(), g.oneCharacterOff("绛市", 1, "运城市"), "a changed suffix is not a slip of the stem");
        assertEquals(List.of("河津"), g.oneCharacterOff("天津", 2, "运城市"));
    }

    @Test
    void townshipsAreNamesOfTheirAreaWithoutShortForms(@TempDir Path dir) throws IOException {
        Gazetteer g = read(dir);
        assertTrue(g.isPlaceName("东郭镇"));
        assertFalse(g.isReal("东郭镇"), "no county-level record");
        assertFalse(g.isPlaceName("东郭"));
        assertEquals(List.of("东郭镇"), g.oneCharacterOff("东廓镇", 2, "运城市"));
    }

    @Test
    void municipalitiesAndDirectlyGovernedCountiesHaveTheProvinceAsArea(@TempDir Path dir) throws IOException {
        assertEquals("天津市", read(dir).named("天津市").get(0).area());
    }
}
