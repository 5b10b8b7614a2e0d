package nl.patroon.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a person types is searched as meant, or explained in one Dutch sentence with an example. */
class QueryRepairTest {
    @Test
    void a_query_as_it_should_be_stands_as_typed() {
        QueryRepair r = QueryRepair.of("\"ik maak je af\" OR bedreig*");
        assertThat(r.query()).isEqualTo("\"ik maak je af\" OR bedreig*");
        assertThat(r.note()).isNull();
    }

    @Test
    void an_unclosed_quote_is_closed() {
        QueryRepair r = QueryRepair.of("\"ik maak je");
        assertThat(r.query()).isEqualTo("\"ik maak je\"");
        assertThat(r.note()).contains("niet gesloten");
        assertThat(QueryRepair.of("mes \"").query()).isEqualTo("mes");
    }

    @Test
    void operators_at_either_end_are_left_out() {
        assertThat(QueryRepair.of("mes AND").query()).isEqualTo("mes");
        assertThat(QueryRepair.of("OR mes").query()).isEqualTo("mes");
    }

    @Test
    void unbalanced_parentheses_are_dropped() {
        assertThat(QueryRepair.of("(mes OR pistool").query()).isEqualTo("mes OR pistool");
    }

    @Test
    void a_query_of_operators_alone_is_explained_with_an_example() {
        QueryRepair r = QueryRepair.of("AND OR");
        assertThat(r.query()).isNull();
        assertThat(r.note()).contains("alleen operatoren").contains("bijvoorbeeld: zoek 'mes AND bedreig*'");
        assertThat(r.note().lines()).hasSize(1);
    }
}
