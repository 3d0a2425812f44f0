/**
 * The judged relevance set: realistic caregivers' queries with the offerings they must find, and the
 * scores of a ranking against them. The search benchmark measures every engine with it, and the judged
 * relevance test fails when a change in analysis or ranking loses a must-have offering.
 */
package nl.mantelzorgkaart.relevance;
