package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.health.actuate.endpoint.SimpleHttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.SimpleStatusAggregator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

/**
 * Low space on the data disk is a warning that health and readiness both give, answered 200 while the
 * service still takes decisions, and logged once when it starts and once when it ends, not at each probe.
 */
@ExtendWith(OutputCaptureExtension.class)
class DataDiskSpaceTest {

    private static final Path FOLDER = Path.of("/srv/mset/data");

    @Test
    void lowSpaceIsAWarningLoggedOncePerSpell(CapturedOutput output) {
        long warnBelow = DataDiskSpace.SERVER_WARNING_BYTES;
        AtomicLong free = new AtomicLong(warnBelow - 1);
        DataDiskSpace disk = new DataDiskSpace(FOLDER, folder -> free.get(), warnBelow);

        assertThat(disk.health().getStatus()).isEqualTo(DataDiskSpace.LOW_DISK_SPACE);
        disk.health();
        disk.health();
        free.set(warnBelow);
        assertThat(disk.health().getStatus()).isEqualTo(Status.UP);
        disk.health();

        assertThat(output.getOut().split("Less than 10 MB free on the disk of the data folder /srv/mset/data", -1))
                .as("one warning for the spell")
                .hasSize(2);
        assertThat(output.getOut().split("has 10 MB or more free again", -1)).hasSize(2);
        assertThat(disk.health().getDetails()).containsEntry("path", "/srv/mset/data");
    }

    @Test
    void onTheEmbeddedDatabaseTheWarningComesBeforeTheReserveStopsTheStore() {
        MockEnvironment embedded = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:file:/srv/mset/data/mset-triage")
                .withProperty("mset.database.disk-reserve", "300MB");
        MockEnvironment server =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/mset");

        assertThat(DataDiskSpace.warningLevel(embedded)).isEqualTo(600L * 1024 * 1024);
        assertThat(DataDiskSpace.warningLevel(new MockEnvironment()
                        .withProperty("spring.datasource.url", "jdbc:h2:file:/srv/mset/data/mset-triage")))
                .as("twice the 256MB default")
                .isEqualTo(512L * 1024 * 1024);
        assertThat(DataDiskSpace.warningLevel(server)).isEqualTo(DataDiskSpace.SERVER_WARNING_BYTES);
    }

    @Test
    void healthAndReadinessBothSayLowSpaceAndAnswer200() throws IOException {
        Binder shipped = new Binder(ConfigurationPropertySources.from(new YamlPropertySourceLoader()
                .load("shipped", new ClassPathResource("application.yml"))
                .get(0)));
        List<String> order = shipped.bind("management.endpoint.health.status.order", Bindable.listOf(String.class))
                .get();
        Map<String, Integer> mapping = shipped.bind(
                        "management.endpoint.health.status.http-mapping", Bindable.mapOf(String.class, Integer.class))
                .get();
        String readiness = shipped.bind("management.endpoint.health.group.readiness.include", String.class)
                .get();
        SimpleStatusAggregator aggregator = new SimpleStatusAggregator(order.toArray(String[]::new));

        assertThat(Arrays.asList(readiness.split(","))).contains("decisionStore", "diskSpace");
        assertThat(aggregator.getAggregateStatus(Status.UP, DataDiskSpace.LOW_DISK_SPACE))
                .isEqualTo(DataDiskSpace.LOW_DISK_SPACE);
        assertThat(aggregator.getAggregateStatus(Status.DOWN, DataDiskSpace.LOW_DISK_SPACE))
                .as("a store that cannot take decisions still says DOWN")
                .isEqualTo(Status.DOWN);
        SimpleHttpCodeStatusMapper codes = new SimpleHttpCodeStatusMapper(mapping);
        assertThat(codes.getStatusCode(DataDiskSpace.LOW_DISK_SPACE)).isEqualTo(200);
        assertThat(codes.getStatusCode(Status.DOWN))
                .as("a mapping given replaces Spring's default one")
                .isEqualTo(503);
    }
}
