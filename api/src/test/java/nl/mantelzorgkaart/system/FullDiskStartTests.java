package nl.mantelzorgkaart.system;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * A start on a full disk says that the disk is full and what to do (issue 20: it said "Database name
 * 'system' is invalid", or that the directory was not writable). {@code test-tools/disk-checks} shows it on
 * a real full disk.
 */
class FullDiskStartTests {

	@Test
	void aDiskWithTooLittleFreeSpaceIsRefusedSayingHowMuchIsFreeAndWhatToDo() {
		assertThatIllegalStateException()
			.isThrownBy(() -> EmbeddedNeo4j.requireRoom(Path.of("/srv/mantelzorgkaart/data"), 3L << 20))
			.withMessageContaining("/srv/mantelzorgkaart/data has 3 MB free")
			.withMessageContaining("at least 64 MB")
			.withMessageContaining("MANTELZORGKAART_DATA_DIR")
			.withMessageContaining("do not delete files in the data directory");
	}

	@Test
	void aDiskWithRoomStarts() {
		assertThatNoException().isThrownBy(() -> EmbeddedNeo4j.requireRoom(Path.of("data"), 64L << 20));
	}

}
