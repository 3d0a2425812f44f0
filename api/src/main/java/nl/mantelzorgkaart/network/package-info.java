/** Networks, care chains (ketens) and partnerships that organisations work in. */
package nl.mantelzorgkaart.network;
