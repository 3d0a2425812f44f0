/** Organisations (organisaties): who offers support, where they work, with whom. */
package nl.mantelzorgkaart.organisation;
