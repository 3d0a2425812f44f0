/** The vocabulary offerings are described with: care themes, target groups, the 8 support functions, respite types (respijtzorg) and funding routes. */
package nl.mantelzorgkaart.taxonomy;
