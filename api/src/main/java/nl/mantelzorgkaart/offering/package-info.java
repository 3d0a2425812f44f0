/** Support offerings (aanbod): what caregivers can get, for whom, how, and paid how. */
package nl.mantelzorgkaart.offering;
