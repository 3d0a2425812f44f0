/** Areas (country, province, gemeente, wijk) and locations. */
package nl.mantelzorgkaart.area;
