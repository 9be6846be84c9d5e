// Starts every PrimeFaces ajax progress bar the page marks with data-autostart, e.g. a running import.
// PrimeFaces creates its widgets in jQuery's ready handlers; this one is registered after them.
$(function () {
    document.querySelectorAll('[data-autostart]').forEach(function (element) {
        var widget = PrimeFaces.widgets[element.getAttribute('data-autostart')];
        if (widget) {
            widget.start();
        }
    });
});
