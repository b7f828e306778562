package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    @ParameterizedTest(name = "{0} = {1} (decimals {2})")
    @CsvSource(delimiter = '|', value = {
            "2000|2000|0",
            "1,234.5|1234.5|1",
            "12,345,678|12345678|0",
            "3.5万|35000|-3",
            "1.2亿|120000000|-7",
            "12000万|120000000|-4",
            "1.66万亿|1660000000000|-10",
            "4千亿|400000000000|-11",
            "5百万|5000000|-6",
            "８０００|8000|0",
            "３.５|3.5|1",
            "0.5|0.5|1",
            "2.76|2.76|2",
            "一百二十三|123|0",
            "两千|2000|0",
            "十二|12|0",
            "二十|20|0",
            "十|10|0",
            "一百零五|105|0",
            "三千五|3500|0",
            "两千万|20000000|-4",
            "一亿二千万|120000000|-4",
            "一万二|12000|-3",
            "两万亿|2000000000000|-12",
            "二〇二四|2024|0",
            "百万|1000000|-4",
            "两|2|0",
            "壹佰|100|0",
    })
    void parsesValueAndPrecision(String text, String value, int decimals) {
        ParsedNumber n = NumberParser.parse(text);
        assertNotNull(n, text);
        assertEquals(0, new BigDecimal(value).compareTo(n.value()), text + " → " + n.value());
        assertEquals(decimals, n.decimals(), text);
        assertTrue(n.wellFormed(), text);
    }

    @ParameterizedTest(name = "{0}: {1}..{2}")
    @CsvSource(delimiter = '|', value = {
            "2万余|20000|30000|true",
            "30余|30|40|true",
            "三十余|30|40|true",
            "两千多|2000|3000|true",
            "一百多万|1000000|2000000|true",
            "74亿多|7400000000|7500000000|true",
            "30余万|300000|400000|true",
            "十几|11|19|false",
            "二十几|21|29|false",
            "数十|20|90|false",
            "几十|20|90|false",
            "数百万|2000000|9000000|false",
            "三五|3|5|false",
            "七八十|70|80|false",
    })
    void readsApproximateForms(String text, String low, String high, boolean atLeast) {
        ParsedNumber n = NumberParser.parse(text);
        assertNotNull(n, text);
        assertTrue(n.approximate(), text);
        assertEquals(0, new BigDecimal(low).compareTo(n.value()), text + " low " + n.value());
        assertEquals(0, new BigDecimal(high).compareTo(n.high()), text + " high " + n.high());
        assertEquals(atLeast, n.atLeast(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1,23,456|123456", "3..5|3.5", "1.2.3|1.2", "12,34,5678|12345678"})
    void flagsMalformedNumbers(String text, String value) {
        ParsedNumber n = NumberParser.parse(text);
        assertNotNull(n, text);
        assertFalse(n.wellFormed(), text);
        assertEquals(0, new BigDecimal(value).compareTo(n.value()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,23个", "5,12家"})
    void aSingleOddCommaIsAListSeparatorNotAThousandsSeparator(String text) {
        ParsedNumber n = NumberParser.parseAt(text, 0);
        assertEquals(1, n.end(), text);
        assertTrue(n.wellFormed());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"5百分点|1", "十四五|2", "3千米|2", "2万人|2", "百余家|2"})
    void stopsWhereTheNumberEnds(String text, int end) {
        assertEquals(end, NumberParser.parseAt(text, 0).end(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"万荣", "多家", "亿元", "余额", "统筹"})
    void wordsThatAreNotNumbers(String text) {
        assertNull(NumberParser.parseAt(text, 0), text);
    }

    @org.junit.jupiter.api.Test
    void toleranceIsHalfTheLastWrittenDigitAndIntegersAreExact() {
        assertEquals(0, new BigDecimal("5000000").compareTo(NumberParser.parse("1.2亿").tolerance()));
        assertEquals(0, BigDecimal.ZERO.compareTo(NumberParser.parse("2000").tolerance()));
        assertEquals(0, new BigDecimal("0.05").compareTo(NumberParser.parse("5.5").tolerance()));
    }
}
