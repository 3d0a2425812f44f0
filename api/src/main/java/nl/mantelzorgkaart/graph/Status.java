package nl.mantelzorgkaart.graph;

/** Whether a record is current: ended records are kept, marked. */
public enum Status {

	ACTIVE, ENDED, PLANNED

}
