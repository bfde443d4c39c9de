package nl.schoolboard.sexting.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MongoUrisTest {

    @Test
    void adds_the_database_to_a_uri_without_one() {
        assertThat(MongoUris.withDatabase("mongodb://localhost:27017", "cases"))
                .isEqualTo("mongodb://localhost:27017/cases");
        assertThat(MongoUris.withDatabase("mongodb://localhost:27017/", "cases"))
                .isEqualTo("mongodb://localhost:27017/cases");
    }

    @Test
    void keeps_the_options_of_a_replica_set_uri() {
        assertThat(MongoUris.withDatabase("mongodb://u:p@m1:27017,m2:27017/?replicaSet=rs0&w=majority", "prevention"))
                .isEqualTo("mongodb://u:p@m1:27017,m2:27017/prevention?replicaSet=rs0&w=majority");
        assertThat(MongoUris.withDatabase("mongodb+srv://cluster.example?retryWrites=true", "notification"))
                .isEqualTo("mongodb+srv://cluster.example/notification?retryWrites=true");
    }

    @Test
    void leaves_a_uri_that_names_a_database_alone() {
        assertThat(MongoUris.withDatabase("mongodb://mongo:27017/shared?replicaSet=rs0", "cases"))
                .isEqualTo("mongodb://mongo:27017/shared?replicaSet=rs0");
    }
}
