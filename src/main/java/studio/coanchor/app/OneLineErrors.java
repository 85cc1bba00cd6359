package studio.coanchor.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Reports a bad command line as one line naming the option and what it accepts (exit code 2), and a failure
 * while running as one line with the cause's message (exit code 1); the stack trace goes to the log only.
 */
final class OneLineErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(OneLineErrors.class);

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        command.getErr().println(name + ": " + ex.getMessage() + " (see '" + name + " --help')");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        LOG.debug("{} failed", command.getCommandName(), ex);
        String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + message);
        return command.getCommandSpec().exitCodeOnExecutionException();
    }
}
