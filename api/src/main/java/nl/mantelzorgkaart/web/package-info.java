/**
 * The web pages for caregivers and professionals: home and search, the detail pages of offerings,
 * organisations and networks, the respite guide as a step-by-step form, the glossary, the coverage of an
 * area, and the printable social map (sociale kaart, the paper overview professionals hand out) with its
 * PDF. Server-rendered with Thymeleaf on the same services the GraphQL API uses, Dutch first with an
 * English switch, usable without JavaScript; small scripts add autocomplete, the map and the embed for
 * partner sites.
 */
package nl.mantelzorgkaart.web;
