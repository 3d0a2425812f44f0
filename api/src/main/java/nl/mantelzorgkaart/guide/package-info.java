/**
 * The respite guide (respijtwijzer) and the coverage report. The guide asks about a caregiver's
 * situation and answers with the offerings that fit, why, what is unknown or differs, and how to get
 * them, always with the local point of contact; the coverage report shows a municipality what exists
 * per support function and target group, and where the gaps are. Both read the offerings around an
 * area with their facts in one query and reason in Java.
 */
package nl.mantelzorgkaart.guide;
