package com.disputecenter.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the harness adds to the real application context: a statement-counting DataSource proxy,
 * a signal when a refund has committed, a counter of the engine's optimistic-locking conflicts,
 * and the beans the benchmark's own models call. Nothing here changes what the application does.
 */
@Configuration(proxyBeanMethods = false)
class BenchBeans {

    @Bean
    static SqlCounter sqlCounter() {
        return new SqlCounter();
    }

    @Bean
    static BeanPostProcessor countingDataSource(ObjectProvider<SqlCounter> counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && "dataSource".equals(name)) {
                    return ProxyDataSourceBuilder.create(dataSource).name("bench").listener(counter.getObject()).build();
                }
                return bean;
            }
        };
    }

    @Bean
    static CompletionSignal benchSignal() {
        return new CompletionSignal();
    }

    /** Wraps the ledger (payment port): the lifecycle is over when its refund has committed. */
    @Bean
    static BeanPostProcessor refundSignal(ObjectProvider<CompletionSignal> signal) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!"ledgerAdapter".equals(name)) {
                    return bean;
                }
                return Proxy.newProxyInstance(bean.getClass().getClassLoader(), bean.getClass().getInterfaces(),
                        (proxy, method, args) -> {
                            Object result;
                            try {
                                result = method.invoke(bean, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                            if (method.getName().equals("refund")) {
                                signal.getObject().reachedAfterCommit(((UUID) args[1]).toString());
                            }
                            return result;
                        });
            }
        };
    }

    /**
     * Experiment (bench.cache-rulebooks=true): remembers each rulebook look-up by decision version
     * and platform, as CamundaRules could (a deployed decision never changes), to measure what the
     * repeated DMN evaluation costs a lifecycle.
     */
    @Bean
    static BeanPostProcessor rulebookCache() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!Boolean.getBoolean("bench.cache-rulebooks") || !(bean instanceof com.disputecenter.rules.Rulebooks)) {
                    return bean;
                }
                java.util.Map<String, Object> cache = new java.util.concurrent.ConcurrentHashMap<>();
                return Proxy.newProxyInstance(bean.getClass().getClassLoader(), bean.getClass().getInterfaces(),
                        (proxy, method, args) -> {
                            try {
                                if (method.getName().equals("pinned")) {
                                    return cache.computeIfAbsent(args[0] + "/" + args[1], k -> {
                                        try {
                                            return method.invoke(bean, args);
                                        } catch (ReflectiveOperationException e) {
                                            throw new IllegalStateException(e);
                                        }
                                    });
                                }
                                return method.invoke(bean, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }

    @Bean
    static ConflictCounter conflictCounter() {
        return new ConflictCounter();
    }

    @Bean
    TimerRecorder benchTimers(JdbcTemplate jdbc, org.springframework.core.env.Environment env) {
        return new TimerRecorder(jdbc, env.getProperty("bench.node", "node-1"));
    }

    /** Counts every OptimisticLockingException an engine command ends with (client or job executor). */
    static final class ConflictCounter extends AbstractProcessEnginePlugin {

        final java.util.concurrent.atomic.LongAdder conflicts = new java.util.concurrent.atomic.LongAdder();

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                    ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
            interceptors.add(new CommandInterceptor() {
                @Override
                public <T> T execute(Command<T> command) {
                    try {
                        return next.execute(command);
                    } catch (OptimisticLockingException conflict) {
                        conflicts.increment();
                        throw conflict;
                    }
                }
            });
            configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
        }
    }
}
