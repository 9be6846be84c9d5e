package dk.samskab.credit.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The short public address /verify/CODE printed on certificates; shows the verification page. */
@WebServlet("/verify/*")
public class VerifyAddress extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().replace("/", "");
        if (!code.matches("[A-Za-z0-9]{1,32}")) {
            code = "";
        }
        request.getRequestDispatcher("/verify.xhtml?code=" + code).forward(request, response);
    }
}
