/** Demo people, memberships and partnerships for trying the product; loaded only when configured. */
package dk.samskab.demo;
