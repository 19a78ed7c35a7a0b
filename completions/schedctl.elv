
use builtin;
use str;

set edit:completion:arg-completer[schedctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'schedctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'schedctl'= {
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand job 'Read scheduler jobs'
            cand collection 'Read job collections'
            cand cloud-service 'Find the subscription''s cloud services'
            cand config 'Inspect and set up the config file'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'schedctl;job'= {
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand get 'Show one job, or several on one connection'
            cand list 'List the jobs of a collection'
            cand history 'Show a job''s execution history, newest first'
            cand wait 'Wait until a job meets a condition, then show it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'schedctl;job;get'= {
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'schedctl;job;list'= {
            cand --state 'Only jobs in this state'
            cand --top 'Return at most N items in all (default: every page)'
            cand --skip 'Skip the first N items'
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'schedctl;job;history'= {
            cand --status 'Only entries with this status'
            cand --top 'Return at most N items in all (default: every page)'
            cand --skip 'Skip the first N items'
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'schedctl;job;wait'= {
            cand --for 'The condition: a --field path, = or !=, and a value (state=completed)'
            cand --timeout 'Give up after this long (exit 9)'
            cand --interval 'Time between polls'
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'schedctl;job;help'= {
            cand get 'Show one job, or several on one connection'
            cand list 'List the jobs of a collection'
            cand history 'Show a job''s execution history, newest first'
            cand wait 'Wait until a job meets a condition, then show it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'schedctl;job;help;get'= {
        }
        &'schedctl;job;help;list'= {
        }
        &'schedctl;job;help;history'= {
        }
        &'schedctl;job;help;wait'= {
        }
        &'schedctl;job;help;help'= {
        }
        &'schedctl;collection'= {
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the job collections of the cloud service'
            cand get 'Show one job collection: state, plan and quota'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'schedctl;collection;list'= {
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'schedctl;collection;get'= {
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'schedctl;collection;help'= {
            cand list 'List the job collections of the cloud service'
            cand get 'Show one job collection: state, plan and quota'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'schedctl;collection;help;list'= {
        }
        &'schedctl;collection;help;get'= {
        }
        &'schedctl;collection;help;help'= {
        }
        &'schedctl;cloud-service'= {
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the cloud services of the subscription and their job collections'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'schedctl;cloud-service;list'= {
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'schedctl;cloud-service;help'= {
            cand list 'List the cloud services of the subscription and their job collections'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'schedctl;cloud-service;help;list'= {
        }
        &'schedctl;cloud-service;help;help'= {
        }
        &'schedctl;config'= {
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand path 'Print the path of the config file in use'
            cand show 'Show every setting in use, where it came from, and the certificate'
            cand profiles 'List the profiles of the config file (* marks the one in use)'
            cand use 'Make a profile the default (sets default_profile)'
            cand set 'Set one key of the profile in use (-p picks another)'
            cand unset 'Remove one key from the profile in use (-p picks another)'
            cand import-publishsettings 'Add profiles and certificates from a portal .publishsettings file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'schedctl;config;path'= {
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'schedctl;config;show'= {
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'schedctl;config;profiles'= {
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'schedctl;config;use'= {
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'schedctl;config;set'= {
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'schedctl;config;unset'= {
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'schedctl;config;import-publishsettings'= {
            cand --name 'Put PREFIX- in front of every new profile name'
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --force 'Replace existing profiles and certificates of the same subscriptions'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'schedctl;config;help'= {
            cand path 'Print the path of the config file in use'
            cand show 'Show every setting in use, where it came from, and the certificate'
            cand profiles 'List the profiles of the config file (* marks the one in use)'
            cand use 'Make a profile the default (sets default_profile)'
            cand set 'Set one key of the profile in use (-p picks another)'
            cand unset 'Remove one key from the profile in use (-p picks another)'
            cand import-publishsettings 'Add profiles and certificates from a portal .publishsettings file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'schedctl;config;help;path'= {
        }
        &'schedctl;config;help;show'= {
        }
        &'schedctl;config;help;profiles'= {
        }
        &'schedctl;config;help;use'= {
        }
        &'schedctl;config;help;set'= {
        }
        &'schedctl;config;help;unset'= {
        }
        &'schedctl;config;help;import-publishsettings'= {
        }
        &'schedctl;config;help;help'= {
        }
        &'schedctl;completions'= {
            cand --config 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]'
            cand -p 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --profile 'Profile to use from the config file [env: SCHEDCTL_PROFILE]'
            cand --subscription 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]'
            cand --cloud-service 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]'
            cand --region 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]'
            cand --cert 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]'
            cand --key 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]'
            cand --ca-cert 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]'
            cand --endpoint 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]'
            cand --environment 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]'
            cand --request-timeout 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]'
            cand --retries 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]'
            cand -o 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: SCHEDCTL_OUTPUT] [default: table]'
            cand --field 'Print only this value (repeatable; e.g. state, status.executionCount)'
            cand --jq 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o'
            cand --color 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]'
            cand --no-headers 'Print list tables without their header line'
            cand -v 'Print diagnostics on stderr (repeat for more)'
            cand --verbose 'Print diagnostics on stderr (repeat for more)'
            cand -q 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand --quiet 'Silence warnings and the retry and progress lines (never errors; -v still traces)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'schedctl;help'= {
            cand job 'Read scheduler jobs'
            cand collection 'Read job collections'
            cand cloud-service 'Find the subscription''s cloud services'
            cand config 'Inspect and set up the config file'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'schedctl;help;job'= {
            cand get 'Show one job, or several on one connection'
            cand list 'List the jobs of a collection'
            cand history 'Show a job''s execution history, newest first'
            cand wait 'Wait until a job meets a condition, then show it'
        }
        &'schedctl;help;job;get'= {
        }
        &'schedctl;help;job;list'= {
        }
        &'schedctl;help;job;history'= {
        }
        &'schedctl;help;job;wait'= {
        }
        &'schedctl;help;collection'= {
            cand list 'List the job collections of the cloud service'
            cand get 'Show one job collection: state, plan and quota'
        }
        &'schedctl;help;collection;list'= {
        }
        &'schedctl;help;collection;get'= {
        }
        &'schedctl;help;cloud-service'= {
            cand list 'List the cloud services of the subscription and their job collections'
        }
        &'schedctl;help;cloud-service;list'= {
        }
        &'schedctl;help;config'= {
            cand path 'Print the path of the config file in use'
            cand show 'Show every setting in use, where it came from, and the certificate'
            cand profiles 'List the profiles of the config file (* marks the one in use)'
            cand use 'Make a profile the default (sets default_profile)'
            cand set 'Set one key of the profile in use (-p picks another)'
            cand unset 'Remove one key from the profile in use (-p picks another)'
            cand import-publishsettings 'Add profiles and certificates from a portal .publishsettings file'
        }
        &'schedctl;help;config;path'= {
        }
        &'schedctl;help;config;show'= {
        }
        &'schedctl;help;config;profiles'= {
        }
        &'schedctl;help;config;use'= {
        }
        &'schedctl;help;config;set'= {
        }
        &'schedctl;help;config;unset'= {
        }
        &'schedctl;help;config;import-publishsettings'= {
        }
        &'schedctl;help;completions'= {
        }
        &'schedctl;help;help'= {
        }
    ]
    $completions[$command]
}
