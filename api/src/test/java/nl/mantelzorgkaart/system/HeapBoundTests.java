package nl.mantelzorgkaart.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapBoundTests {

	@Test
	void anUnboundedHeapIsNamedWithTheCommandThatBoundsIt() {
		assertThat(HeapBound.warning(6L << 30)).contains("6,144 MB", "-Xmx512m");
	}

	@Test
	void theReadmesBoundSaysNothing() {
		assertThat(HeapBound.warning(512L << 20)).isNull();
	}

}
