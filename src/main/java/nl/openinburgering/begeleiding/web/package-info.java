@org.jspecify.annotations.NullMarked
package nl.openinburgering.begeleiding.web;
