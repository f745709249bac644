package dev.sellerworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.sellerworkbench.search.CreatorQuery;
import dev.sellerworkbench.search.SearchLanguage;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/// Every example of docs/search-language.md reads to the same [CreatorQuery] as the
/// `creators search` flags that say the same thing (R-CR-3).
class SearchLanguageFlagsTest {

    static final String EXAMPLE = "level:4-6 followers:50k..500k female:60+ age:18-24:30+ region:VN cat:beauty"
            + " content:live gmv:>10m declining:no \"lan anh\"";

    static CreatorQuery flags(String... tokens) {
        return new CreatorsCommand().parseQuery(Args.parse(List.of(tokens), Set.of("asc")));
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("level:4-6", new String[] {"--level", "4,5,6"}),
                Arguments.of("followers:50k..500k", new String[] {"--followers", "50000..500000"}),
                Arguments.of("female:60+", new String[] {"--audience-gender", "female:60"}),
                Arguments.of("age:18-24:30+", new String[] {"--audience-age", "18-24:30"}),
                Arguments.of("region:VN", new String[] {"--region", "VN"}),
                Arguments.of("cat:beauty", new String[] {"--category", "beauty"}),
                Arguments.of("content:live", new String[] {"--content", "live"}),
                Arguments.of("region:VN gmv:>10m", new String[] {"--region", "VN", "--gmv", "10000000.."}),
                Arguments.of("declining:no", new String[] {"--declining", "exclude"}),
                Arguments.of("\"lan anh\"", new String[] {"--text", "lan anh"}),
                Arguments.of("contacted:<30d", new String[] {"--contacted", "30"}),
                Arguments.of("contacted:never", new String[] {"--contacted", "never"}),
                Arguments.of("liênhệ:7ngày", new String[] {"--contacted", "7"}),
                Arguments.of("dihubungi:belum", new String[] {"--contacted", "never"}),
                Arguments.of("联系:<90天", new String[] {"--contacted", "90d"}),
                Arguments.of("聯繫:從未", new String[] {"--contacted", "never"}),
                Arguments.of(EXAMPLE, new String[] {"--level", "4,5,6", "--followers", "50000..500000",
                        "--audience-gender", "female:60", "--audience-age", "18-24:30", "--region", "VN",
                        "--category", "beauty", "--content", "live", "--gmv", "10000000..", "--declining", "exclude",
                        "--text", "lan anh"}),
                Arguments.of("cấp:4-6 theodõi:50k..500k nữ:60+ tuổi:18-24:30+ vùng:VN ngành:beauty nộidung:live"
                        + " gmv:>10m giảm:không \"lan anh\"", new String[] {"--level", "4,5,6", "--followers",
                        "50000..500000", "--audience-gender", "female:60", "--audience-age", "18-24:30", "--region",
                        "VN", "--category", "beauty", "--content", "live", "--gmv", "10000000..", "--declining",
                        "exclude", "--text", "lan anh"}),
                Arguments.of("等级:4-6 粉丝:50k..500k 女:60+ 年龄:18-24:30+ 地区:VN 类目:beauty", new String[] {"--level",
                        "4,5,6", "--followers", "50000..500000", "--audience-gender", "female:60", "--audience-age",
                        "18-24:30", "--region", "VN", "--category", "beauty"}),
                Arguments.of("gender:male age:25-34 eng:2..10 sort:views:asc level:3,unrated gmv:1.5m..20m currency:USD",
                        new String[] {"--audience-gender", "male", "--audience-age", "25-34", "--engagement", "2..10",
                                "--sort", "views", "--asc", "--level", "3,unrated", "--gmv", "1500000..20000000",
                                "--currency", "USD"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleReadsAsTheEquivalentFlags(String query, String[] equivalent) {
        assertEquals(flags(equivalent), SearchLanguage.parse(query).query());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleWrittenBackReadsTheSame(String query, String[] equivalent) {
        CreatorQuery parsed = SearchLanguage.parse(query).query();
        assertEquals(parsed, SearchLanguage.parse(SearchLanguage.format(parsed)).query());
    }

    @Test
    void aDifferentValueGivesADifferentQuery() {
        assertNotEquals(flags("--level", "4,5"), SearchLanguage.parse("level:4-6").query());
    }
}
