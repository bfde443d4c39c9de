package nl.schoolboard.sexting.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MongoUrisTest {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
            // a URI without a database gets one, with or without the closing slash
            "mongodb://localhost:27017, cases, mongodb://localhost:27017/cases",
            "mongodb://localhost:27017/, cases, mongodb://localhost:27017/cases",
            // the options of a replica set or an SRV record stay after the database
            "'mongodb://u:p@m1:27017,m2:27017/?replicaSet=rs0&w=majority', prevention, "
                    + "'mongodb://u:p@m1:27017,m2:27017/prevention?replicaSet=rs0&w=majority'",
            "mongodb+srv://cluster.example?retryWrites=true, notification, "
                    + "mongodb+srv://cluster.example/notification?retryWrites=true",
            // a URI that names a database is left alone
            "mongodb://mongo:27017/shared?replicaSet=rs0, cases, mongodb://mongo:27017/shared?replicaSet=rs0"})
    void gives_a_service_its_database_and_keeps_everything_else(String uri, String database, String expected) {
        assertThat(MongoUris.withDatabase(uri, database)).isEqualTo(expected);
    }
}
