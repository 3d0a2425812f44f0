/** Knowledge behind the social map: its source documents and (later) the glossary. */
package nl.mantelzorgkaart.knowledge;
